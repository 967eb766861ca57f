import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed, so print-only content is in the page only then.
 * The browser's own print command fires `beforeprint`; rendering synchronously there (flushSync)
 * gets the content into the printout. `print()` does the same for a print button.
 */
export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
