import { lazy, Suspense } from 'react';

// Below the first screen's main actions: its own chunk, so Home's initial bundle does not grow.
const LazyComingNextCard = lazy(() => import('./ComingNextCard').then((m) => ({ default: m.ComingNextCard })));

export function ComingNextSlot() {
  return (
    <Suspense fallback={null}>
      <LazyComingNextCard />
    </Suspense>
  );
}
