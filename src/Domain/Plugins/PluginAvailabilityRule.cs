namespace Campus.Domain.Plugins;

public static class PluginAvailabilityRule
{
    /// <summary>A school's override wins over the district default; with neither, an installed plugin is on.</summary>
    public static bool IsEnabled(IEnumerable<PluginSetting> settingsForPlugin, int schoolId)
    {
        PluginSetting? districtDefault = null;
        foreach (var setting in settingsForPlugin)
        {
            if (setting.SchoolId == schoolId)
            {
                return setting.IsEnabled;
            }

            if (setting.SchoolId is null)
            {
                districtDefault = setting;
            }
        }

        return districtDefault?.IsEnabled ?? true;
    }
}
