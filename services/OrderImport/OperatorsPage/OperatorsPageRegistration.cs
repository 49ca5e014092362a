using Fulfillment.OrderImport.OperatorsPage.Errors;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Fulfillment.OrderImport.OperatorsPage.Timeline;
using Fulfillment.ServiceDefaults.DataProtection;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>The operators' page (O1, O2, O5): server-rendered Razor Pages served by OrderImport at <c>/</c>.</summary>
public static class OperatorsPageRegistration
{
    /// <summary>
    /// The data-protection application name every replica of OrderImport shares: what one protected (session
    /// tickets, anti-forgery tokens) another reads.
    /// </summary>
    public const string DataProtectionApplicationName = "Fulfillment.OrderImport";

    public static IHostApplicationBuilder AddOperatorsPage(this IHostApplicationBuilder builder)
    {
        builder.AddDataProtectionInPostgres(DataProtectionApplicationName);
        builder.AddPageAuthentication();
        builder.AddPageProtection();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<ServiceEndpoints>().Bind(builder.Configuration.GetSection(ServiceEndpoints.SectionName));
        builder.Services.AddHttpClient(OwningServices.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddScoped<OwningServices>();
        builder.Services.AddScoped<OrderTimeline>();
        builder.Services.AddScoped<ServiceErrors>();
        builder.Services.AddScoped<PagePermissions>();
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/OperatorsPage";
            options.Conventions.AuthorizeFolder("/", Permissions.ReadOrders);
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(OperatorPageAuthorizationFilter)));
        });
        builder.Services.AddScoped<OperatorPageAuthorizationFilter>();
        return builder;
    }

    public static WebApplication MapOperatorsPage(this WebApplication app)
    {
        app.MapPageAssets();
        app.MapRazorPages();
        return app;
    }
}
