using MimeKit;

namespace Campus.Infrastructure.Email;

internal sealed class SmtpMailTransport(SmtpConnectionPool pool) : IMailTransport
{
    public async Task SendAsync(long outboxMessageId, MimeMessage message, CancellationToken cancellationToken)
    {
        var client = await pool.RentAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            // After a failed transaction the connection's state is unknown: never hand it to another send.
            client.Dispose();
            throw;
        }

        await pool.ReturnAsync(client);
    }
}
