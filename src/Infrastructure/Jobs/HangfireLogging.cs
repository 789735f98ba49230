using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLog = Hangfire.Logging;

namespace Campus.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (static), while each host has its own logger factory. This provider writes
/// to the factory of the most recently started host that is still running, so that a second host in the same process
/// (tests start several) stopping does not leave Hangfire writing to a disposed factory.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory loggerFactory) : IHostedService
{
    private static readonly List<ILoggerFactory> Running = [];

    public static HangfireLog.ILogProvider Provider { get; } = new LogProvider();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (Running)
        {
            Running.Add(loggerFactory);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (Running)
        {
            Running.Remove(loggerFactory);
        }

        return Task.CompletedTask;
    }

    private static ILogger? LoggerFor(string name)
    {
        lock (Running)
        {
            return Running.Count == 0 ? null : Running[^1].CreateLogger(name);
        }
    }

    private sealed class LogProvider : HangfireLog.ILogProvider
    {
        public HangfireLog.ILog GetLogger(string name) => new Forwarder(name);
    }

    private sealed class Forwarder(string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var logger = LoggerFor(name);
            var level = logLevel switch
            {
                HangfireLog.LogLevel.Trace => LogLevel.Trace,
                HangfireLog.LogLevel.Debug => LogLevel.Debug,
                HangfireLog.LogLevel.Info => LogLevel.Information,
                HangfireLog.LogLevel.Warn => LogLevel.Warning,
                HangfireLog.LogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            if (logger is null || !logger.IsEnabled(level))
            {
                return false;
            }

            if (messageFunc is not null)
            {
#pragma warning disable CA2254 // Hangfire hands over finished messages, not templates.
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
            }

            return true;
        }
    }
}
