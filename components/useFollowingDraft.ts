import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The text of a field that also follows its value when it is set from outside (Back, a bookmark,
 * "Clear filters"), without overwriting what the reader is typing. Only an outside value that
 * this field did not send itself replaces the text, and never at mount: effects run after the
 * first paint, when a quick reader may already be typing.
 */
export function useFollowingDraft(outside: string): { draft: string; setDraft: (text: string) => void; sent: (value: string) => void } {
  const [draft, setDraft] = useState(outside);
  const known = useRef(outside);
  useEffect(() => {
    if (outside === known.current) return;
    known.current = outside;
    setDraft(outside);
  }, [outside]);
  return { draft, setDraft, sent: (value) => (known.current = value) };
}
