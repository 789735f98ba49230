using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Campus.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 that records every message it accepts. It can be stopped and started again on the
/// same port ("SMTP down, back later") and refuses chosen recipients with a permanent 550.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> messages = new();
    private readonly ConcurrentDictionary<string, bool> rejected = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource? running;
    private SmtpServer.SmtpServer? server;

    public int Port { get; } = FreePort();

    public IReadOnlyList<MimeMessage> Messages => messages.ToArray();

    public bool IsRunning => server is not null;

    public void RejectRecipient(string address) => rejected[address] = true;

    public void AcceptRecipient(string address) => rejected.TryRemove(address, out _);

    public async Task StartAsync()
    {
        if (server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => listening.TrySetResult();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new RecordingStore(messages));
        services.Add(new RejectingFilter(rejected));

        running = new CancellationTokenSource();
        server = new SmtpServer.SmtpServer(options, services);
        var serving = server.StartAsync(running.Token);
        var started = await Task.WhenAny(listening.Task, serving, Task.Delay(TimeSpan.FromSeconds(10)));
        if (started != listening.Task)
        {
            await serving; // Surfaces a bind failure.
            throw new TimeoutException($"The test SMTP server did not start listening on port {Port}.");
        }
    }

    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        server.Shutdown();
        await running!.CancelAsync();
        try
        {
            await server.ShutdownTask;
        }
        catch (OperationCanceledException)
        {
        }

        running.Dispose();
        server = null;
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the received messages, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var received = Messages;
            if (condition(received))
            {
                return received;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The expected messages did not arrive; {received.Count} received.");
            }

            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class RecordingStore(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RejectingFilter(ConcurrentDictionary<string, bool> rejected) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!rejected.ContainsKey($"{to.User}@{to.Host}"));
    }
}
