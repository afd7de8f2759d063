/**
 * VietQR (NAPAS 247, EMVCo merchant-presented mode) payload built locally, so
 * a donation QR can be shown without calling any third-party QR service.
 *
 * Shared by server and browser: no Node-only APIs, no dependencies.
 *
 * Layout (each data object is ID + 2-digit length + value):
 *   00 "01"                     payload format indicator
 *   01 "11" | "12"              point of initiation: 11 static, 12 when an amount is given
 *   38 merchant account information
 *      00 "A000000727"          NAPAS GUID
 *      01 beneficiary organisation
 *         00 bank BIN (6 digits)
 *         01 account number (≤ 19)
 *      02 "QRIBFTTA"            service: inter-bank transfer 24/7 to an account
 *   53 "704"                    currency VND
 *   54 amount                   optional; whole đồng, no decimals
 *   58 "VN"                     country
 *   62 additional data          optional
 *      08 purpose of transaction (the transfer message, ≤ 25 chars)
 *   63 CRC                      CRC-16/CCITT-FALSE over everything up to and including "6304"
 */

export interface VietQrInput {
  /** NAPAS bank BIN, 6 digits (e.g. "970436" Vietcombank). */
  bankBin: string;
  /** Beneficiary account number: 1–19 ASCII letters/digits. */
  accountNumber: string;
  /** Amount in whole đồng; omitted → static QR where the payer types the amount. */
  amount?: number;
  /** Transfer message (e.g. a drive code "VNN2026"); sanitised by {@link vietQrMessage}. */
  message?: string;
}

const NAPAS_GUID = 'A000000727';
const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
/** EMVCo: transaction amount is at most 13 characters. */
const MAX_AMOUNT = 9_999_999_999_999;
/** VietQR: purpose of transaction (62.08) is at most 25 characters. */
export const VIETQR_MESSAGE_MAX = 25;

/** One EMVCo data object: ID + 2-digit length + value. */
function tlv(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`VietQR field ${id} too long (${value.length} > 99)`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, xorout 0) of the
 * UTF-8 bytes of `data`, as 4 uppercase hex digits. "123456789" → "29B1".
 */
export function crc16CcittFalse(data: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(data)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The transfer message as it goes into the QR: Vietnamese diacritics removed
 * ("Ủng hộ VNN2026" → "Ung ho VNN2026", đ → d), anything other than
 * [A-Za-z0-9 ] dropped, spaces collapsed, cut to 25 characters.
 *
 * Why ASCII only: many banking apps reject or mangle a VietQR whose message
 * contains non-ASCII (the length prefix counts characters while some apps count
 * bytes, and inter-bank transfer content is carried unaccented anyway), and
 * punctuation is stripped or refused by some banks. Keeping [A-Za-z0-9 ] makes
 * the code scan the same in every app and keeps the message matchable against
 * bank statements.
 */
export function vietQrMessage(message: string): string {
  return message
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, VIETQR_MESSAGE_MAX)
    .trimEnd();
}

/** Build the VietQR payload string (the text to encode in the QR image). Throws RangeError on invalid input. */
export function vietQrPayload(input: VietQrInput): string {
  const { bankBin, accountNumber, amount, message } = input;
  if (!/^\d{6}$/.test(bankBin)) throw new RangeError(`bankBin must be 6 digits: "${bankBin}"`);
  if (!/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) {
    throw new RangeError(`accountNumber must be 1–19 letters/digits: "${accountNumber}"`);
  }
  if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0 && amount <= MAX_AMOUNT)) {
    throw new RangeError(`amount must be a positive whole number of đồng (≤ ${MAX_AMOUNT}): ${amount}`);
  }

  const beneficiary = tlv('00', bankBin) + tlv('01', accountNumber);
  const merchantAccount = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', SERVICE_TO_ACCOUNT);
  const purpose = message === undefined ? '' : vietQrMessage(message);

  let payload =
    tlv('00', '01') +
    tlv('01', amount === undefined ? '11' : '12') +
    tlv('38', merchantAccount) +
    tlv('53', '704') +
    (amount === undefined ? '' : tlv('54', String(amount))) +
    tlv('58', 'VN') +
    (purpose === '' ? '' : tlv('62', tlv('08', purpose)));
  payload += '6304';
  return payload + crc16CcittFalse(payload);
}
