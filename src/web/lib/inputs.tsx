import { InputNumber, type InputNumberProps } from 'antd';
import { formatInteger } from '../../lib/numbers';

/** Number inputs typed and shown the Vietnamese way (dot thousands), shared by every form that takes an amount. */

export const MAX_AMOUNT = 10_000_000_000_000;

const withDots = (v: string | number | undefined) =>
  v === undefined || v === null || v === ''
    ? ''
    : String(v)
        .replace(/\D/g, '')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Money in whole đồng, typed and shown with dot thousands: 72.925.000. */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      max={MAX_AMOUNT}
      precision={0}
      step={1000}
      inputMode="numeric"
      suffix="đồng"
      style={{ width: '100%' }}
      formatter={(v) => withDots(v)}
      parser={(v) => {
        const digits = (v ?? '').replace(/\D/g, '');
        return digits === '' ? (undefined as unknown as number) : Number(digits);
      }}
      {...props}
    />
  );
}

/** Whole numbers typed the Vietnamese way: 72.925.000. */
export function IntegerInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      precision={0}
      inputMode="numeric"
      style={{ width: '100%' }}
      formatter={(v) => {
        const s = String(v ?? '').replace(/\D/g, '');
        return s ? formatInteger(BigInt(s)) : '';
      }}
      parser={(v) => {
        const s = (v ?? '').replace(/\D/g, '');
        return s ? Number(s) : (null as unknown as number);
      }}
      {...props}
    />
  );
}
