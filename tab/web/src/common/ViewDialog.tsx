/**
 * A dialog that only shows something (a list, a report): opened by a button, closed by Close. Its content is
 * mounted only while it is open, so what it loads is fetched when asked for.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, makeStyles } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({ wide: { maxWidth: '760px' }, content: { display: 'flex', flexDirection: 'column', gap: '12px' } });

/** `opener` is the button's text, or the button itself (to give it a size or an accessible name). */
export function ViewDialog({ opener, title, wide, actions, children }: { opener: string | ReactElement; title: string; wide?: boolean; actions?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const own = useStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        {typeof opener === 'string' ? <Button>{opener}</Button> : opener}
      </DialogTrigger>
      <DialogSurface className={wide ? own.wide : undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={own.content}>{children}</DialogContent>
          <DialogActions>
            {actions}
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('common.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
