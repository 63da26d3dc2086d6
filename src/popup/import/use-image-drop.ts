import { useLayoutEffect, useState } from 'preact/hooks';
import { imagesOf } from './image-file';

/**
 * Drag and drop of an image anywhere on the popup while the import view is open.
 * Every drop is taken here: left to the browser, a dropped file would replace the popup.
 */
export function useImageDrop(onImages: (files: readonly File[]) => void) {
  const [dragging, setDragging] = useState(false);
  // Registered with the view itself (a layout effect), so no drop falls between the two.
  useLayoutEffect(() => {
    const over = (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // Leaving one element for another inside the popup is not leaving the popup.
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      onImages(imagesOf(event.dataTransfer?.files));
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onImages]);
  return dragging;
}
