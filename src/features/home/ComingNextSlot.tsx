import { lazy, Suspense } from 'react';
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint';

// Below the first screen's main actions: its own chunk, so Home's initial bundle does not grow.
const LazyComingNextCard = lazy(() => import('./ComingNextCard').then((m) => ({ default: m.ComingNextCard })));

export function ComingNextSlot() {
  const afterPaint = useAfterFirstPaint();
  if (!afterPaint) return null;
  return (
    <Suspense fallback={null}>
      <LazyComingNextCard />
    </Suspense>
  );
}
