import { useEffect, useEffectEvent, useState } from 'react';

/**
 * Calls `leave` once a save has gone through and the form has re-rendered as clean. Leaving in
 * the same tick as the save would meet the unsaved-changes guard still armed (react-router reads
 * the blocker as of the last render) and ask about changes that were just saved.
 */
export function useLeaveAfterSave<T>(leave: (saved: T) => void): (saved: T) => void {
  const [saved, setSaved] = useState<{ value: T }>();
  const onSaved = useEffectEvent((value: T) => leave(value));
  useEffect(() => {
    if (saved) onSaved(saved.value);
  }, [saved]);
  return (value: T) => setSaved({ value });
}
