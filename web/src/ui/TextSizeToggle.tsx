import { useEffect, useState } from 'react';

const STORAGE_KEY = 'credence-large-text';
const LARGE_TEXT_CLASS = 'large-text';

/**
 * "Elder mode": larger text, wider spacing and larger targets for the whole page
 * (everything is sized in rem, so it all grows together). Remembered on this device.
 */
export function TextSizeToggle() {
  const [large, setLarge] = useState(() => localStorage.getItem(STORAGE_KEY) === 'true');
  useEffect(() => {
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, large);
    localStorage.setItem(STORAGE_KEY, String(large));
  }, [large]);
  return (
    <button type="button" aria-pressed={large} onClick={() => setLarge(!large)}>
      Larger text
    </button>
  );
}
