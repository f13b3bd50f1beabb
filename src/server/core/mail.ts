import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Outgoing email through SMTP. A failed delivery is logged; the in-app inbox remains the record. */
export class Mailer {
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: Mail): Promise<boolean> {
    if (mail.to.length === 0) return false;
    try {
      await this.transport.sendMail({
        from: this.from,
        bcc: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return true;
    } catch (err) {
      this.log.warn({ err, subject: mail.subject }, 'email delivery failed');
      return false;
    }
  }

  close() {
    this.transport.close();
  }
}
