using MimeKit;

namespace Campus.Infrastructure.Email;

/// <summary>Hands one message to the outside world: an SMTP server, or the pickup folder when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(long outboxMessageId, MimeMessage message, CancellationToken cancellationToken);
}
