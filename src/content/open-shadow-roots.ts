import { collectRoots, isShadowRoot, type SearchRoot } from './fields';

/**
 * The page's open shadow roots that the content script knows of, shared by the
 * QR watcher and the code-field watcher. A walk of the whole page is the one expensive thing
 * here (about 1 us an element in a fresh content-script world: 5 ms on a 5,000-element page),
 * so the whole page is walked once at most, when page-survey.ts says so; after that the QR
 * watcher, which looks into every added subtree anyway, reports the roots it finds there, and
 * the code-field watcher hears of the new ones. Closed roots stay out of reach, ours among them.
 */
export class OpenShadowRoots {
  private readonly known = new Set<ShadowRoot>();
  private readonly listeners: ((shadow: ShadowRoot) => void)[] = [];

  /** Walks `root` (the page, or an added subtree); returns `root` and the open roots in it. */
  discover(root: SearchRoot): SearchRoot[] {
    const trees = collectRoots(root);
    for (const tree of trees) {
      if (!isShadowRoot(tree) || this.known.has(tree)) continue;
      this.known.add(tree);
      for (const listener of this.listeners) listener(tree);
    }
    return trees;
  }

  /** Returns the way to stop listening. */
  onNewRoot(listener: (shadow: ShadowRoot) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** The document and every known root still in it. */
  trees(): SearchRoot[] {
    const trees: SearchRoot[] = [document];
    for (const shadow of this.known) {
      if (shadow.host.isConnected) trees.push(shadow);
      else this.known.delete(shadow);
    }
    return trees;
  }
}
