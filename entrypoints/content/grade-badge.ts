import type { Grade, Level } from '@/lib/grading/grade';

/**
 * The small grade badge beside each comment. Plain DOM in an open shadow root: a page can hold
 * thousands of comments, and one React root per badge would cost more than the page itself.
 * Everything written into it is text, never HTML.
 */
const LEVEL_COLOURS: Record<Level, string> = {
  1: '#1b7f3b',
  2: '#5f6b7a',
  3: '#1f5fbf',
  4: '#b36b00',
  5: '#8a5a00',
  6: '#9c3d54',
  7: '#b3261e',
  8: '#7a0916',
};

const BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 2px 6px; vertical-align: middle; }
.badge { font: 600 12px/1.6 system-ui, sans-serif; color: #fff; border: 0; border-radius: 10px;
  padding: 0 8px; cursor: default; white-space: nowrap; }
.badge[data-review="true"]::after { content: ' ?'; }
.badge[data-state="hidden"] { background: #333 !important; }
.badge[data-state="pending"] { background: #9aa3ad !important; }
`;

export interface GradeBadge {
  host: HTMLElement;
  showGrade(grade: Grade): void;
  showHidden(summary: string): void;
  showProblem(message: string): void;
}

export function mountGradeBadge(anchor: Element): GradeBadge {
  const host = anchor.ownerDocument.createElement('span');
  host.setAttribute('data-civic-moderator', 'badge');
  host.dataset.state = 'pending';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = anchor.ownerDocument.createElement('style');
  style.textContent = BADGE_CSS;
  const badge = anchor.ownerDocument.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  badge.dataset.state = 'pending';
  badge.textContent = 'Grading…';
  shadow.append(style, badge);
  anchor.after(host);

  return {
    host,
    showGrade(grade) {
      // Mirrored on the host, in the light DOM, for the benchmark and tests to read from the page.
      host.dataset.state = 'graded';
      host.dataset.level = String(grade.level);
      badge.dataset.state = 'graded';
      badge.dataset.level = String(grade.level);
      badge.dataset.review = String(grade.needsReview);
      badge.style.background = LEVEL_COLOURS[grade.level as Level];
      badge.textContent = `${grade.level} · ${grade.label}`;
      const why = grade.reasons.map((reason) => reason.text).join('; ');
      badge.title = `Civic Moderator: ${grade.label} (${Math.round(grade.confidence * 100)}% sure)${why ? ` — ${why}` : ''}`;
    },
    showHidden(summary) {
      host.dataset.state = 'hidden';
      badge.dataset.state = 'hidden';
      badge.textContent = 'Hidden & logged';
      badge.title = summary;
    },
    showProblem(message) {
      host.dataset.state = 'failed';
      badge.dataset.state = 'pending';
      badge.textContent = 'Not graded';
      badge.title = message;
    },
  };
}
