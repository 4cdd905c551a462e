// Files dropped anywhere on the page: whether some are being dragged over it (the drop hint shows),
// and the handlers that open them (snapshots, claims, articles and event files each go their own way).
import { type DragEvent, useState } from 'react';

export function useFileDrop(openFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (e.isDefaultPrevented()) return;
      e.preventDefault();
      setDragging(false);
      openFiles([...e.dataTransfer.files]);
    },
  };
  return { dragging, dropHandlers };
}
