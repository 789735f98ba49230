using Campus.Domain.Plugins;

namespace Campus.Domain.Tests;

public sealed class PluginAvailabilityRuleTests
{
    private static PluginSetting Setting(int? schoolId, bool enabled) => new() { PluginId = "locker", SchoolId = schoolId, IsEnabled = enabled };

    [Fact]
    public void An_installed_plugin_with_no_settings_is_on() =>
        Assert.True(PluginAvailabilityRule.IsEnabled([], schoolId: 1));

    [Fact]
    public void The_district_default_applies_to_schools_without_an_override() =>
        Assert.False(PluginAvailabilityRule.IsEnabled([Setting(null, false)], schoolId: 1));

    [Fact]
    public void A_school_override_wins_over_the_district_default_in_either_order()
    {
        Assert.True(PluginAvailabilityRule.IsEnabled([Setting(null, false), Setting(1, true)], schoolId: 1));
        Assert.True(PluginAvailabilityRule.IsEnabled([Setting(1, true), Setting(null, false)], schoolId: 1));
        Assert.False(PluginAvailabilityRule.IsEnabled([Setting(null, false), Setting(1, true)], schoolId: 2));
    }
}
