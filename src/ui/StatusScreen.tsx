import type { ReactNode } from 'react';

interface Props {
  title: string;
  tone: 'loading' | 'error';
  children?: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A full-width message for loading and failure states: never a blank page. */
export function StatusScreen({ title, tone, children, onRetry, retrying = false }: Props) {
  return (
    <section className={`status status--${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={tone === 'loading'}>
      {tone === 'loading' && <span className="spinner" aria-hidden="true" />}
      <h1>{title}</h1>
      {children}
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Try again'}
        </button>
      )}
    </section>
  );
}
