import { useTranslation } from 'react-i18next';
import { useStateNames } from '../../states';
import { SECRETARIAT_VOICE, type Voice } from './voices';

/**
 * Names a voice in the discussion: the Secretariat, a participating state, or a partner state marked
 * as such (a partner follows and comments but never blocks, and readers should see which is which).
 */
export function useVoiceName(partnerStates: readonly string[]): (voice: Voice) => string {
  const { t } = useTranslation('decisions');
  const stateName = useStateNames();
  return (voice) =>
    voice === SECRETARIAT_VOICE
      ? t('decisions:discussion.secretariat')
      : partnerStates.includes(voice)
        ? t('decisions:discussion.partnerVoice', { state: stateName(voice) })
        : stateName(voice);
}
