/** The challenge's tasks as rows of a Finnish and a Swedish field, with buttons to add a row and remove one. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import type { BilingualText } from './resourceTypes';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px', paddingBottom: '8px', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  field: { flex: '1 1 14rem' },
});

interface Props {
  tasks: BilingualText[];
  onChange: (tasks: BilingualText[]) => void;
  /** Publishing needs both languages of every task. */
  required: boolean;
}

export function TaskRows({ tasks, onChange, required }: Props) {
  const { t } = useI18n();
  const own = useStyles();
  const set = (index: number, task: BilingualText) => onChange(tasks.map((old, i) => (i === index ? task : old)));
  return (
    <>
      <ol className={own.list} aria-label={t('resources.challenge.tasks')}>
        {tasks.map((task, i) => (
          <li key={i} className={own.row}>
            <div className={own.field}>
              <TextField label={t('resources.challenge.taskFi', { number: i + 1 })} required={required} multiline maxLength={500} value={task.fi} onChange={(fi) => set(i, { ...task, fi })} />
            </div>
            <div className={own.field}>
              <TextField label={t('resources.challenge.taskSv', { number: i + 1 })} required={required} multiline maxLength={500} value={task.sv} onChange={(sv) => set(i, { ...task, sv })} />
            </div>
            <Button onClick={() => onChange(tasks.filter((_, j) => j !== i))}>{t('resources.challenge.removeTask', { number: i + 1 })}</Button>
          </li>
        ))}
      </ol>
      <div>
        <Button onClick={() => onChange([...tasks, { fi: '', sv: '' }])}>{t('resources.challenge.addTask')}</Button>
      </div>
    </>
  );
}
