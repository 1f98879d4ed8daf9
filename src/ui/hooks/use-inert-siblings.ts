import { useEffect, type RefObject } from 'react';

/**
 * While the element is shown, the rest of the page is inert: focus and clicks stay in it, as in
 * a modal dialog. The element must be a child of `document.body` (a portal).
 */
export function useInertSiblings(element: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const own = element.current;
    const others = [...document.body.children].filter(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && child !== own && !child.inert,
    );
    for (const other of others) other.inert = true;
    return () => {
      for (const other of others) other.inert = false;
    };
  }, [element]);
}
