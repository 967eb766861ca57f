import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../app/paths';
import type { AnnouncedShow } from '../../domain/pack/schema';
import { formatPartialDate } from '../../ui/format';
import { SourceLinks } from '../../ui/SourceLinks';
import { WatchLink } from './WhereLinks';

/** A show that is announced but has no episodes yet: what is known, and nothing to plan. */
export function AnnouncedShowPage({ show }: { show: AnnouncedShow }) {
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <RouterLink to={paths.catalog()}>Catalog</RouterLink> <span aria-hidden="true">›</span> {show.title}
      </nav>
      <h1>{show.title}</h1>
      <p className="lede">
        {show.network} · announced {formatPartialDate(show.announcedOn)} ·{' '}
        {show.premiere ? `expected ${formatPartialDate(show.premiere)}` : 'no premiere date yet'}
      </p>
      <WatchLink watch={show.watch} upcoming />
      {show.notes && <p>{show.notes}</p>}
      <p className="muted">It has no episodes yet, so it cannot be part of a plan; it will appear in the plan editor once its first season is out.</p>
      <SourceLinks urls={show.sources} />
    </div>
  );
}
