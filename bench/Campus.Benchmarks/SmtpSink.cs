using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Campus.Benchmarks;

/// <summary>
/// A minimal SMTP receiver on 127.0.0.1 that accepts every message and records its Message-ID. Each reply is one
/// write on a socket without Nagle's delay, so it adds no latency of its own: what the benchmark measures is the
/// sender's cost. (The SmtpServer package used by the tests answers each message only after a delayed-ACK round,
/// ~44 ms, which hides every difference between senders.)
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentBag<string> messageIds = [];
    private Task? accepting;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public IReadOnlyCollection<string> MessageIds => messageIds;

    public void Start()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            client.NoDelay = true;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            async Task Reply(string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text + "\r\n"));

            await Reply("220 sink ready");
            string? messageId = null;
            var inData = false;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (inData)
                {
                    if (line == ".")
                    {
                        inData = false;
                        messageIds.Add(messageId ?? "");
                        messageId = null;
                        await Reply("250 queued");
                    }
                    else if (messageId is null && line.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))
                    {
                        messageId = line["Message-Id:".Length..].Trim().Trim('<', '>');
                    }

                    continue;
                }

                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Reply("250-sink\r\n250 8BITMIME");
                        break;
                    case "DATA":
                        inData = true;
                        await Reply("354 go ahead");
                        break;
                    case "QUIT":
                        await Reply("221 bye");
                        return;
                    default:
                        await Reply("250 ok");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        if (accepting is not null)
        {
            await accepting;
        }
    }
}
