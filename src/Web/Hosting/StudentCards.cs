using Campus.Application.Plugins;
using Campus.Infrastructure.Plugins;

namespace Campus.Web.Hosting;

/// <summary>The summary cards switched-on plugins show on a student's overview.</summary>
public sealed class StudentCards(PluginCatalog plugins, PluginAvailability availability, IServiceProvider services)
{
    public async Task<IReadOnlyList<StudentCard>> ForStudentAsync(int studentId, CancellationToken cancellationToken)
    {
        var cards = new List<StudentCard>();
        foreach (var (pluginId, providerType) in plugins.StudentCards)
        {
            if (await availability.IsEnabledForStudentAsync(pluginId, studentId, cancellationToken)
                && await ((IStudentCardProvider)services.GetRequiredService(providerType)).GetCardAsync(studentId, cancellationToken) is { } card)
            {
                cards.Add(card);
            }
        }

        return cards;
    }
}
