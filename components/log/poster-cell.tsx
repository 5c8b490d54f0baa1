import type { RetentionRecord } from '@/lib/records/retention-record';
import { webUrl } from './display-format';

/** Who posted: display name (linked to the profile when it is a web address), @handle, user id. */
export function PosterCell({ poster }: { poster: RetentionRecord['poster'] }) {
  const profile = webUrl(poster.profileUrl);
  const name = poster.name ?? (poster.handle ? `@${poster.handle}` : 'Unknown poster');
  return (
    <td className="poster">
      {profile ? (
        <a href={profile} target="_blank" rel="noreferrer noopener">
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
      {poster.name && poster.handle && <span className="muted">@{poster.handle}</span>}
      {poster.userId && <span className="muted">ID {poster.userId}</span>}
    </td>
  );
}
