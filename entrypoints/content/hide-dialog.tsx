import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HideAndLogDialog, type HideChoice } from '@/components/hide-dialog/hide-and-log-dialog';
import type { Grade } from '@/lib/grading/grade';
import type { CapturedComment } from '@/lib/platforms/captured-comment';

/** Opens the clause dialog in its own shadow root and resolves with the choice, or null. */
export async function askForHideChoice(
  ctx: ContentScriptContext,
  comment: CapturedComment,
  engineGrade: Grade | null,
): Promise<HideChoice | null> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (choice: HideChoice | null) => {
      if (settled) return;
      settled = true;
      void ui.then((mounted) => mounted.remove());
      resolve(choice);
    };
    const ui = createShadowRootUi<Root>(ctx, {
      name: 'civic-moderator-dialog',
      position: 'modal',
      zIndex: 2147483647,
      // Keys typed in the note must not reach the platform's keyboard shortcuts.
      isolateEvents: true,
      onMount(container) {
        const app = document.createElement('div');
        container.append(app);
        const root = createRoot(app);
        root.render(
          <HideAndLogDialog
            posterName={comment.author.name}
            text={comment.text}
            engineGrade={engineGrade}
            onConfirm={(choice) => finish(choice)}
            onCancel={() => finish(null)}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    void ui.then((mounted) => mounted.mount());
    ctx.onInvalidated(() => finish(null));
  });
}
