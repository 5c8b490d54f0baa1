import { useEffect, useId, useState } from 'react';
import { loadModerator, saveModerator, type ModeratorFormErrors } from '@/lib/settings/moderator-settings';

/**
 * Who is moderating in this browser. Every hide is logged under this name and ID number, so
 * the extension cannot log a hide until it is set.
 */
export function ModeratorSettingsForm() {
  const id = useId();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<ModeratorFormErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [hasModerator, setHasModerator] = useState<boolean | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadModerator().then((moderator) => {
      if (cancelled) return;
      setHasModerator(moderator !== null);
      if (moderator) {
        setName(moderator.name);
        setIdNumber(moderator.idNumber);
      }
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const save = async () => {
    setSaved(null);
    const result = await saveModerator({ name, idNumber });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setHasModerator(true);
    setName(result.moderator.name);
    setIdNumber(result.moderator.idNumber);
    setSaved(
      `Saved. New hides will be logged under ${result.moderator.name} (ID ${result.moderator.idNumber}).`,
    );
  };

  return (
    <section className="moderator-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Moderator</h2>
      {hasModerator === false && (
        <p className="notice">Enter your name and ID number: a hide cannot be logged without them.</p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Moderator name</label>
          <input
            id={`${id}-name`}
            value={name}
            autoComplete="name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {errors.name && (
            <p id={`${id}-name-error`} className="field-error">
              {errors.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-id-number`}>ID number</label>
          <input
            id={`${id}-id-number`}
            value={idNumber}
            aria-invalid={errors.idNumber ? true : undefined}
            aria-describedby={errors.idNumber ? `${id}-id-number-error` : undefined}
            onChange={(e) => setIdNumber(e.target.value)}
          />
          {errors.idNumber && (
            <p id={`${id}-id-number-error`} className="field-error">
              {errors.idNumber}
            </p>
          )}
        </div>
        <button type="submit" className="button-primary">
          Save moderator
        </button>
      </form>
      <p className="saved" role="status">
        {saved}
      </p>
    </section>
  );
}
