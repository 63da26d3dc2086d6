/**
 * Everything the visibility check needs from layout, behind one small interface (DESIGN 4.5).
 * Browsers answer with getBoundingClientRect and getComputedStyle; unit tests run in
 * happy-dom, which has no layout (every rect is 0x0) and no user-agent stylesheet, so they
 * pass a Geometry of their own that supplies sizes. Only candidate fields and their
 * ancestors are ever asked about, never every element of the page.
 */
export interface Box {
  /** CSS pixels relative to the viewport, as getBoundingClientRect gives them. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface StyleFacts {
  readonly display: string;
  readonly visibility: string;
  /** '' counts as 1 (happy-dom leaves unset properties empty). */
  readonly opacity: string;
  readonly overflowX: string;
  readonly overflowY: string;
  /** A fixed-position element escapes its ancestors' overflow clipping. */
  readonly position: string;
  /** Hiding without opacity (style-hiding.ts); absent in unit tests' facts means none. */
  readonly filter?: string;
  readonly clipPath?: string;
  readonly maskImage?: string;
}

export interface PageFacts {
  readonly scrollX: number;
  readonly scrollY: number;
  /** Scrollable width of the document: a field starting right of it is off-screen. */
  readonly width: number;
}

export interface Geometry {
  box(element: Element): Box;
  style(element: Element): StyleFacts;
  page(document: Document): PageFacts;
}

export const browserGeometry: Geometry = {
  box: (element) => element.getBoundingClientRect(),
  style: (element) => {
    const view = element.ownerDocument.defaultView;
    return view ? view.getComputedStyle(element) : getComputedStyle(element);
  },
  page: (document) => {
    const view = document.defaultView;
    const root = document.documentElement;
    return {
      scrollX: view?.scrollX ?? 0,
      scrollY: view?.scrollY ?? 0,
      width: Math.max(root.scrollWidth, root.clientWidth),
    };
  },
};
