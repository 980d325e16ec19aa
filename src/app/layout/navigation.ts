import Domain from '@mui/icons-material/Domain';
import Groups from '@mui/icons-material/Groups';
import MeetingRoom from '@mui/icons-material/MeetingRoom';
import Person from '@mui/icons-material/Person';
import { paths } from '@/config/paths';

/**
 * The guide's main menu (3.1.1): Пользователи, Группы ресурсов, Списки рассылок; then Тенанты,
 * which the guide offers only on the console (3.2).
 */
export const sections = [
  { key: 'users', labelKey: 'nav.users', icon: Person, to: paths.users },
  {
    key: 'resource-groups',
    labelKey: 'nav.resourceGroups',
    icon: MeetingRoom,
    to: paths.resourceGroups,
  },
  { key: 'mailing-lists', labelKey: 'nav.mailingLists', icon: Groups, to: paths.mailingLists },
  { key: 'tenants', labelKey: 'nav.tenants', icon: Domain, to: paths.tenants },
] as const;

/** Which section a pathname belongs to, so switching tenants keeps the admin in it. */
export function sectionOf(pathname: string): (typeof sections)[number] {
  return sections.find((section) => pathname.includes(`/${section.key}`)) ?? sections[0];
}
