using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit.Net.Smtp;

namespace Campus.Infrastructure.Email;

/// <summary>
/// Open, authenticated SMTP connections kept between sends: connecting, greeting and authenticating cost more than
/// sending a small message. A connection that failed in any way is never returned.
/// </summary>
public sealed class SmtpConnectionPool(SmtpSettings settings, TimeProvider time) : IAsyncDisposable
{
    /// <summary>Well below the idle timeout of common servers (five minutes), so that a reused connection is still open.</summary>
    private static readonly TimeSpan MaxIdleTime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<(SmtpClient Client, DateTimeOffset ReturnedAt)> idle = new();

    public async Task<SmtpClient> RentAsync(CancellationToken cancellationToken)
    {
        while (idle.TryDequeue(out var entry))
        {
            if (entry.Client.IsConnected && time.GetUtcNow() - entry.ReturnedAt < MaxIdleTime)
            {
                return entry.Client;
            }

            entry.Client.Dispose();
        }

        var client = new SmtpClient { Timeout = 60_000 };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Without NoDelay, Nagle's algorithm holds the end of each message until the server's delayed ACK (~40 ms).
            await socket.ConnectAsync(settings.Host!, settings.Port, cancellationToken);
            await client.ConnectAsync(socket, settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            socket.Dispose();
            throw;
        }
    }

    public async Task ReturnAsync(SmtpClient client)
    {
        if (client.IsConnected && idle.Count < settings.MaxIdleConnections)
        {
            idle.Enqueue((client, time.GetUtcNow()));
            return;
        }

        await CloseAsync(client);
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryDequeue(out var entry))
        {
            await CloseAsync(entry.Client);
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, timeout.Token);
            }
        }
        catch (Exception)
        {
            // Closing politely is a courtesy; the socket is released by Dispose either way.
        }
        finally
        {
            client.Dispose();
        }
    }
}
