import { InputNumber, type InputNumberProps } from 'antd';
import { formatInteger, parseTyped } from '../../lib/numbers';

/** Number inputs typed and shown the Vietnamese way (dot thousands), shared by every form that takes an amount. */

export const MAX_AMOUNT = 10_000_000_000_000;

/** A leading minus is kept, never dropped: "-3" stays -3 and the server refuses it naming the field. */
const sign = (v: string) => (/^\s*[-−]/.test(v) ? '-' : '');

const withDots = (v: string | number | undefined) =>
  v === undefined || v === null || v === ''
    ? ''
    : sign(String(v)) +
      String(v)
        .replace(/\D/g, '')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Money in whole đồng, typed and shown with dot thousands: 72.925.000. */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      max={MAX_AMOUNT}
      precision={0}
      step={1000}
      inputMode="numeric"
      suffix="đồng"
      style={{ width: '100%' }}
      formatter={(v) => withDots(v)}
      parser={(v) => parseTyped(v) as number}
      {...props}
    />
  );
}

/** Whole numbers typed the Vietnamese way: 72.925.000. */
export function IntegerInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      precision={0}
      inputMode="numeric"
      style={{ width: '100%' }}
      formatter={(v) => {
        const s = String(v ?? '').replace(/\D/g, '');
        return s ? sign(String(v)) + formatInteger(BigInt(s)) : '';
      }}
      parser={(v) => (parseTyped(v) ?? null) as number}
      {...props}
    />
  );
}
