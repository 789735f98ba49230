using Campus.Application.Plugins;
using Campus.Infrastructure.Plugins;
using Microsoft.Extensions.Localization;

namespace Campus.Web.Hosting;

public sealed record StudentTabLink(string Title, string Href);

/// <summary>The tabs under a student: the host's own, then each switched-on plugin's, in order.</summary>
public sealed class StudentTabs(
    PluginCatalog plugins,
    PluginAvailability availability,
    IStringLocalizerFactory localizers,
    IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<StudentTabLink>> ForStudentAsync(int studentId, CancellationToken cancellationToken)
    {
        var tabs = new List<StudentTabLink> { new(text["Overview"], $"/students/{studentId}") };
        foreach (var (pluginId, tab) in plugins.StudentTabs)
        {
            if (await availability.IsEnabledForStudentAsync(pluginId, studentId, cancellationToken))
            {
                tabs.Add(new StudentTabLink(localizers.Create(tab.ResourceSource)[tab.TitleKey], $"/students/{studentId}/{tab.Path}"));
            }
        }

        return tabs;
    }
}
