using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Fulfillment.ServiceDefaults.DataProtection;

public static class DataProtectionRegistration
{
    /// <summary>
    /// Data protection with its keys in the service's PostgreSQL database (<see cref="PostgresXmlRepository"/>) under
    /// one application name, so that every replica and every restart of the service reads what another protected.
    /// Needs the service's event store (its <see cref="NpgsqlDataSource"/>).
    /// </summary>
    public static IHostApplicationBuilder AddDataProtectionInPostgres(this IHostApplicationBuilder builder, string applicationName)
    {
        builder.Services.AddDataProtection().SetApplicationName(applicationName);
        builder.Services.AddSingleton<PostgresXmlRepository>();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<PostgresXmlRepository>((options, repository) => options.XmlRepository = repository);
        return builder;
    }
}
