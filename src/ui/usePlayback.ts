// Playback for the timeline: advance the date at a chosen number of years per second and hold at
// each claim's mark long enough to read it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { nextMarkDay, type TimelineMark } from './timelineMarks';

/** How long playback holds at a mark, in milliseconds. */
export const HOLD_MS = 1600;

export interface PlaybackOptions {
  value: number;
  min: number;
  max: number;
  marks: readonly TimelineMark[];
  yearsPerSecond: number;
  onStep: (day: number) => void;
}

export function usePlayback({ value, min, max, marks, yearsPerSecond, onStep }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  const live = useRef({ value, marks, yearsPerSecond, onStep, max });
  useEffect(() => {
    live.current = { value, marks, yearsPerSecond, onStep, max };
  });

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let holdUntil = 0;
    let day = live.current.value;
    const tick = (now: number) => {
      const { marks: ms, yearsPerSecond: speed, onStep: step, max: end } = live.current;
      const dt = Math.min(100, now - last);
      last = now;
      if (now >= holdUntil) {
        const target = day + (dt / 1000) * speed * 365.25;
        const mark = nextMarkDay(ms, day);
        if (mark !== null && mark <= target) {
          day = mark;
          holdUntil = now + HOLD_MS;
        } else day = Math.min(end, target);
        step(day);
        if (day >= end && now >= holdUntil) {
          setPlaying(false);
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  const play = useCallback(() => {
    // From the end, play starts again at the beginning.
    if (live.current.value >= live.current.max) live.current.onStep(min);
    live.current.value = live.current.value >= live.current.max ? min : live.current.value;
    setPlaying(true);
  }, [min]);
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, play, stop };
}
