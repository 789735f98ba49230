namespace Campus.Infrastructure.Plugins;

public sealed record PluginJobRegistration(string PluginId, string Name, string CronExpression, Type JobType);
