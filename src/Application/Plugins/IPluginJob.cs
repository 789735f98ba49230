namespace Campus.Application.Plugins;

public interface IPluginJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
