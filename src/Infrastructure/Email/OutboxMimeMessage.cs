using Campus.Domain.Email;
using MimeKit;

namespace Campus.Infrastructure.Email;

public static class OutboxMimeMessage
{
    /// <summary>The row as a multipart/alternative (text and HTML) message carrying the row's stable Message-ID.</summary>
    public static MimeMessage Create(OutboxMessage row, MailboxAddress from)
    {
        var message = new MimeMessage
        {
            Subject = row.Subject,
            MessageId = row.MessageId.Trim('<', '>'),
            Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAtUtc, DateTimeKind.Utc)),
            Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(row.ToName, row.ToAddress));
        return message;
    }
}
