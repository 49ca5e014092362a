using Fulfillment.OrderImport.OperatorsPage.Errors;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.OrderImport.OperatorsPage.Timeline;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>The operators' page (O1, O2, O5): server-rendered Razor Pages served by OrderImport at <c>/</c>.</summary>
public static class OperatorsPageRegistration
{
    public static IHostApplicationBuilder AddOperatorsPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceEndpoints>().Bind(builder.Configuration.GetSection(ServiceEndpoints.SectionName));
        builder.Services.AddHttpClient(OwningServices.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddScoped<OwningServices>();
        builder.Services.AddScoped<OrderTimeline>();
        builder.Services.AddScoped<ServiceErrors>();
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/OperatorsPage";
            options.Conventions.AuthorizeFolder("/", Fulfillment.ServiceDefaults.Security.Permissions.ReadOrders);
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
