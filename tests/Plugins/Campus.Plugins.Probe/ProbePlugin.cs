using Campus.Application.Plugins;

namespace Campus.Plugins.Probe;

/// <summary>The probe plugin's entry point.</summary>
public sealed class ProbePlugin : IPortalPlugin
{
    public const string Id = "probe";

    public void Register(IPluginBuilder builder)
    {
        builder.AddRecurringJob<ProbeJob>(ProbeJob.Name, "* * * * *");
        builder.AddChangeRequestKind<ProbeStateIdKind>();
    }
}
