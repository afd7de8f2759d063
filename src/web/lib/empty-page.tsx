import { Button, Card, Empty, Space } from 'antd';
import type { ReactNode } from 'react';

/** A page with nothing in it yet: its header, a note, and the button that makes the first one when the user may. */
export function EmptyPage(p: {
  header: ReactNode;
  description: string;
  createLabel: string;
  canCreate: boolean;
  onCreate: () => void;
  /** The create modal. */
  children?: ReactNode;
}) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {p.header}
      <Card>
        <Empty description={p.description}>
          {p.canCreate && (
            <Button type="primary" onClick={p.onCreate}>
              {p.createLabel}
            </Button>
          )}
        </Empty>
      </Card>
      {p.children}
    </Space>
  );
}
