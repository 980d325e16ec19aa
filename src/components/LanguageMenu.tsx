import Check from '@mui/icons-material/Check';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '@/i18n/i18n';
import { languages } from '@/i18n/languages';

interface LanguageMenuProps {
  id: string;
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** The eight languages, each in its own name, the current one checked. */
export function LanguageMenu({ id, anchor, onClose }: LanguageMenuProps) {
  const { i18n } = useTranslation();
  return (
    <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      {languages.map((language) => {
        const selected = i18n.resolvedLanguage === language.code;
        return (
          <MenuItem
            key={language.code}
            lang={language.code}
            selected={selected}
            onClick={() => {
              onClose();
              void changeLanguage(language.code);
            }}
          >
            <ListItemIcon>{selected ? <Check fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{language.name}</ListItemText>
          </MenuItem>
        );
      })}
    </Menu>
  );
}
