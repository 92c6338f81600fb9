import type { TFunction } from 'i18next';
import { englishModes, paperSizes, type WorksheetOptions } from '@/lib/print';

/** The worksheet's options as a plain GET form: it works without JavaScript and its address can be shared. */
export function WorksheetOptionsForm({ action, options, t }: { action: string; options: WorksheetOptions; t: TFunction }) {
  const englishLabels = { blank: t('options.englishBlank'), shown: t('options.englishShown') };
  const paperLabels = { a4: t('options.a4'), letter: t('options.letter') };
  return (
    <form className="worksheet-options" method="get" action={action} aria-label={t('options.legend')}>
      <fieldset>
        <legend>{t('options.english')}</legend>
        {englishModes.map((mode) => (
          <label key={mode} className="worksheet-choice">
            <input type="radio" name="english" value={mode} defaultChecked={options.english === mode} />
            {englishLabels[mode]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.paper')}</legend>
        {paperSizes.map((paper) => (
          <label key={paper} className="worksheet-choice">
            <input type="radio" name="paper" value={paper} defaultChecked={options.paper === paper} />
            {paperLabels[paper]}
          </label>
        ))}
      </fieldset>
      <label className="worksheet-choice worksheet-choice--alone">
        <input type="checkbox" name="romanize" value="1" defaultChecked={options.romanize} />
        {t('options.romanize')}
      </label>
      <button type="submit" className="button">{t('options.apply')}</button>
    </form>
  );
}
