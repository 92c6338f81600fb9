'use client';

import { ListenControls } from './listen-controls';
import { MyWordsTools } from './my-words-tools';
import type { StudyToolProps } from './passage-ref';
import './study-tools.css';
import { PracticePanel } from './practice-panel';
import { RevealMode } from './reveal-mode';
import { RomanizationMode } from './romanization-mode';
import { WordStatusTools } from './word-status-tools';

/**
 * The reader's study tools above the text. Each tool is its own island: it renders its controls
 * here and works on the server-rendered text below (found through `[data-reader]`) by itself.
 */
export function ReaderStudyTools(props: StudyToolProps) {
  return (
    <div className="reader-tools" data-reader-tools>
      <RevealMode {...props} />
      <RomanizationMode {...props} />
      <ListenControls {...props} />
      <WordStatusTools {...props} />
      <MyWordsTools {...props} />
      <PracticePanel {...props} />
    </div>
  );
}
