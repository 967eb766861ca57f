import { useEffect, useState } from 'react';

let painted = false;

/**
 * False until the page has painted its first frame, then true (and true at once for screens opened later).
 * Secondary parts that load a chunk of their own (the universe menu, Coming next) wait for it, so their downloads
 * start after the first screen is on view instead of competing with it.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
