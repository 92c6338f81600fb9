import { Fragment, type ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import type { GlossaryEntry } from '@/lib/glossary';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import { pickResources } from '@/lib/i18n/resources';
import { segmentWords } from '@/lib/text';
import { sentenceAnchor, type PairView, type ParagraphView, type ReaderView, type SentenceView } from '@/lib/reader';
import { GlossaryTerm } from './glossary-term';
import { ReaderEnhancer, type WordCardLabels } from './reader-enhancer';
import { applyStoredRevealMode } from '@/lib/reveal';
import { otherLoanwordsStorageKey, otherLoanwordsSwitchId } from './layers';
import { studyNamespaces, type ReaderPassageRef } from './study/passage-ref';
import { ReaderStudyTools } from './study/reader-study-tools';

interface ReaderTextProps {
  lng: Lng;
  slug: string;
  /** Where the reader fetches its glossary cards; a library passage's by default. */
  cardsUrl?: string;
  /** Which passage this is, for what a learner keeps of it (reveals, words, saved items). */
  passageRef: ReaderPassageRef;
  view: ReaderView;
  entries: ReadonlyMap<string, GlossaryEntry>;
}

/** Consecutive list items share one list; every other paragraph stands alone. */
function groupParagraphs(paragraphs: readonly ParagraphView[]): ParagraphView[][] {
  const groups: ParagraphView[][] = [];
  for (const paragraph of paragraphs) {
    const last = groups.at(-1);
    if (paragraph.kind === 'item' && last?.[0]?.kind === 'item') last.push(paragraph);
    else groups.push([paragraph]);
  }
  return groups;
}

export function ReaderText({ lng, slug, cardsUrl, passageRef, view, entries }: ReaderTextProps) {
  const t = getT(lng, 'reader');
  const tools: PairToolLabels = {
    group: t('tools.label'),
    listen: getT(lng, 'listen')('tool'),
    practise: getT(lng, 'practice')('tool'),
    save: getT(lng, 'mywords')('saveSentence'),
  };
  const renderPair = (pair: PairView, kind: ParagraphView['kind']) => (
    <Pair key={pair.linkId} pair={pair} kind={kind} lng={lng} entries={entries} noteLabel={t('note')} />
  );
  return (
    <div className="reader" data-reader data-passage-source={passageRef.source} data-passage-ref={passageRef.ref} role="region" aria-label={t('textLabel')}>
      <LoanwordKey
        english={t('layers.english')}
        other={t('layers.other')}
        toggle={t('layers.toggle')}
      />
      <I18nProvider lng={lng} resources={pickResources(lng, studyNamespaces)}>
        <ReaderStudyTools lng={lng} passageRef={passageRef} />
      </I18nProvider>
      <div className="reader-columns" aria-hidden="true">
        <span>{t('columns.hi')}</span>
        <span>{t('columns.en')}</span>
      </div>
      {groupParagraphs(view.paragraphs).map((group) => {
        const first = group[0];
        if (!first) return null;
        const key = `p-${first.index}`;
        if (first.kind === 'item') {
          return (
            <ul key={key} className="para para--list">
              {group.flatMap((paragraph) => paragraph.pairs.map((pair) => renderPair(pair, 'item')))}
            </ul>
          );
        }
        if (first.kind === 'quote') {
          return (
            <blockquote key={key} className="para para--quote">
              {first.pairs.map((pair) => renderPair(pair, 'quote'))}
            </blockquote>
          );
        }
        return (
          <section key={key} className={`para para--${first.kind}`}>
            {first.pairs.map((pair) => renderPair(pair, first.kind))}
          </section>
        );
      })}
      <SentenceTools labels={tools} />
      <ReaderEnhancer
        cardsUrl={cardsUrl ?? `/${lng}/read/${slug}/cards`}
        labels={{ note: t('card.note'), open: t('card.open'), close: t('card.close') }}
        wordLabels={wordCardLabels(lng)}
      />
    </div>
  );
}

function wordCardLabels(lng: Lng): WordCardLabels {
  const w = getT(lng, 'words');
  return {
    status: w('card.status'),
    statuses: { new: w('status.new'), learning: w('status.learning'), known: w('status.known') },
    dictionaries: w('card.dictionaries'),
    dictionaryNames: { shabdkosh: w('dictionaries.shabdkosh'), wiktionary: w('dictionaries.wiktionary'), translate: w('dictionaries.translate') },
    newTab: w('card.newTab'),
    save: w('card.save'),
    // Filled in on the client, so the placeholders pass through unfilled here.
    announce: w('card.announce', { word: '{{word}}', status: '{{status}}' }),
    saved: w('card.saved', { word: '{{word}}' }),
    failed: w('card.failed', { word: '{{word}}' }),
  };
}

/**
 * Runs before the text is painted, so a reader who turned the second layer off never sees it
 * flash on (nor the English reveal mode hides), and the switch shows only where a script can work it. The island applies the same
 * choice after a client-side navigation, where this script does not run. Where the browser refuses
 * storage (a DOMException), both layers show as they are by default.
 */
const applyStoredLayerChoice = `(function(){var d=document.documentElement;d.dataset.readerScript="";try{if(localStorage.getItem("${otherLoanwordsStorageKey}")==="hidden"){d.dataset.otherLoanwords="hidden";document.getElementById("${otherLoanwordsSwitchId}").checked=false}}catch(e){if(!(e instanceof DOMException))throw e}${applyStoredRevealMode}})()`;

/** What the two underlines mean, and the switch for the Persian and Arabic one. */
function LoanwordKey({ english, other, toggle }: { english: string; other: string; toggle: string }) {
  return (
    <div className="reader-key">
      <span className="key-item key-item--en">
        <span className="key-sample" aria-hidden="true" />
        {english}
      </span>
      <span className="key-item key-item--other">
        <span className="key-sample" aria-hidden="true" />
        {other}
      </span>
      <label className="layer-switch">
        <input type="checkbox" id={otherLoanwordsSwitchId} defaultChecked />
        {toggle}
      </label>
      <script dangerouslySetInnerHTML={{ __html: applyStoredLayerChoice }} />
    </div>
  );
}

interface PairToolLabels {
  group: string;
  listen: string;
  practise: string;
  save: string;
}

/**
 * What a learner can do with the current sentence, in a bar that stays at the foot of the screen
 * (one bar, so that moving between sentences never shifts the text). Each study tool binds its
 * button by `data-tool`; without a script the bar stays hidden.
 */
function SentenceTools({ labels }: { labels: PairToolLabels }) {
  return (
    <div className="sentence-tools" role="group" aria-label={labels.group}>
      <span className="sentence-tools-label" aria-hidden="true">
        {labels.group}
      </span>
      <button type="button" className="sentence-tool" data-tool="listen">
        {labels.listen}
      </button>
      <button type="button" className="sentence-tool" data-tool="practise">
        {labels.practise}
      </button>
      <button type="button" className="sentence-tool" data-tool="save">
        {labels.save}
      </button>
    </div>
  );
}

/**
 * Hindi text outside glossary terms, each word in its own element, so that any word can open a
 * card, carry its status and take its romanisation.
 */
function wrapWords(text: string): ReactNode[] {
  return segmentWords(text, 'hi').map((token) =>
    token.isWord ? (
      <span key={token.start} className="w">
        {token.text}
      </span>
    ) : (
      token.text
    ),
  );
}

function Pair({
  pair,
  kind,
  lng,
  entries,
  noteLabel,
}: {
  pair: PairView;
  kind: ParagraphView['kind'];
  lng: Lng;
  entries: ReadonlyMap<string, GlossaryEntry>;
  noteLabel: string;
}) {
  const Cell = kind === 'heading' ? 'h2' : 'div';
  const Wrapper = kind === 'item' ? 'li' : 'div';
  const renderSentence = (sentence: SentenceView, side: 'hi' | 'en'): ReactNode => (
    <span
      key={`${side}-${sentence.index}`}
      id={side === 'hi' ? sentenceAnchor(sentence.index) : undefined}
      data-align={pair.linkId}
      data-side={side}
      lang={sentence.lang}
      tabIndex={0}
    >
      {sentence.segments.map((segment, position) => {
        const entry = segment.entryId ? entries.get(segment.entryId) : undefined;
        if (!entry) return side === 'hi' ? <Fragment key={position}>{wrapWords(segment.text)}</Fragment> : segment.text;
        if (side === 'en') {
          return (
            <mark key={position} data-term={entry.id}>
              {segment.text}
            </mark>
          );
        }
        return <GlossaryTerm key={position} lng={lng} entry={entry} text={segment.text} />;
      })}
    </span>
  );
  return (
    <Wrapper className={`pair pair--${kind}`} id={`link-${pair.linkId}`} data-pair-key={pair.hi[0]?.index}>
      <Cell className="cell cell--hi">{joinWithSpaces(pair.hi.map((sentence) => renderSentence(sentence, 'hi')))}</Cell>
      <Cell className="cell cell--en">{joinWithSpaces(pair.en.map((sentence) => renderSentence(sentence, 'en')))}</Cell>
      {pair.notes.length > 0 ? (
        <div className="pair-notes">
          {pair.notes.map((note) => (
            <details key={`${note.sentence}-${note.phrase}`} className="note">
              <summary>
                <span className="note-label">{noteLabel}:</span>{' '}
                <span lang="hi" className="note-phrase">
                  {note.phrase}
                </span>
              </summary>
              <p lang="en">{note.text}</p>
            </details>
          ))}
        </div>
      ) : null}
    </Wrapper>
  );
}

function joinWithSpaces(nodes: ReactNode[]): ReactNode[] {
  return nodes.flatMap((node, position) => (position === 0 ? [node] : [' ', node]));
}
