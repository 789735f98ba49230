using System.Diagnostics;
using System.Globalization;
using Campus.Application.Email;
using Campus.Domain.Email;
using Campus.Infrastructure.Email;
using Campus.Infrastructure.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Benchmarks;

/// <summary>
/// Delivers N outbox rows through the real pipeline (SQLite file, Hangfire on the same storage choice as the host,
/// the send job, MailKit) to a local SMTP sink; then the send job alone, then a plain MailKit loop over one connection.
/// </summary>
public static class EmailPipelineBenchmark
{
    public static async Task RunAsync(int count, string maxIdle)
    {
        await using var smtp = new SmtpSink();
        smtp.Start();
        using var bench = await BenchmarkHost.CreateAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:MaxIdleConnections"] = maxIdle,
        });
        var host = bench.Host;

        List<OutboxMessage> rows;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
            rows = Enumerable.Range(1, count).Select(i => new OutboxMessage
            {
                MessageId = OutboxMessageIds.New("bench.campus"),
                ToAddress = $"guardian{i}@example.test",
                ToName = $"Guardian {i}",
                Subject = $"Your change request was approved ({i})",
                TextBody = "Your request to change the home address was approved.\n\nCampus Parent Portal",
                HtmlBody = "<p>Your request to change the <strong>home address</strong> was approved.</p><p>Campus Parent Portal</p>",
                CreatedAtUtc = DateTime.UtcNow,
            }).ToList();
            db.OutboxMessages.AddRange(rows);
            await db.SaveChangesAsync();
        }

        await host.StartAsync();
        var pipeline = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchAsync(rows.Select(r => r.Id).ToList(), CancellationToken.None);
        }

        var dispatched = pipeline.Elapsed;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
            var done = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent || m.Status == OutboxStatus.Failed);
            if (done == count)
            {
                break;
            }

            await Task.Delay(20);
        }

        pipeline.Stop();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
            var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed);
            var received = smtp.MessageIds.Distinct().Count();
            Console.WriteLine($"Pipeline: {count} rows in {pipeline.Elapsed.TotalSeconds:F1} s (dispatch {dispatched.TotalSeconds:F1} s) = {count / pipeline.Elapsed.TotalSeconds:F0} msg/s; received {smtp.MessageIds.Count} ({received} distinct), failed {failed}; Smtp:MaxIdleConnections={maxIdle}");
        }

        // The same send job called directly, one row after another: what a row costs without Hangfire around it.
        List<OutboxMessage> direct;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
            direct = rows.Select(r => new OutboxMessage
            {
                MessageId = OutboxMessageIds.New("bench.campus"),
                ToAddress = r.ToAddress,
                ToName = r.ToName,
                Subject = r.Subject,
                TextBody = r.TextBody,
                HtmlBody = r.HtmlBody,
                CreatedAtUtc = DateTime.UtcNow,
                DispatchedAtUtc = DateTime.UtcNow,
            }).ToList();
            db.OutboxMessages.AddRange(direct);
            await db.SaveChangesAsync();
        }

        var directClock = Stopwatch.StartNew();
        foreach (var row in direct)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxSendJob>().SendAsync(row.Id, CancellationToken.None);
        }

        directClock.Stop();
        Console.WriteLine($"Send job called directly, one at a time: {count} rows in {directClock.Elapsed.TotalSeconds:F1} s = {count / directClock.Elapsed.TotalSeconds:F0} msg/s");

        await host.StopAsync();

        var from = SmtpSettings.Read(bench.Configuration).From;
        var messages = rows.Select(r => OutboxMimeMessage.Create(r, from)).ToList();
        var plain = Stopwatch.StartNew();
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", smtp.Port, SecureSocketOptions.None);
            foreach (var message in messages)
            {
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(quit: true);
        }

        plain.Stop();
        var pipelineRate = count / pipeline.Elapsed.TotalSeconds;
        var plainRate = count / plain.Elapsed.TotalSeconds;
        Console.WriteLine($"Plain MailKit loop, one connection: {count} messages in {plain.Elapsed.TotalSeconds:F1} s = {plainRate:F0} msg/s");
        Console.WriteLine($"Pipeline / plain loop = {pipelineRate / plainRate:F2}");
    }
}
