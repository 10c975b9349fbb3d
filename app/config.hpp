#pragma once
// The configuration file (TOML; deploy/ejob.toml is an example) read into a Config.
#include <string>
#include <string_view>

#include "app/site.hpp"

namespace ejob::app {

// The keys of a TOML document over the defaults of Config. Throws CLI::ValidationError for a value out of range (a
// bad listen address, retention days) and std::exception for text that is not UTF-8 TOML or a value of the wrong type;
// `origin` names the document in the messages.
Config ParseConfigToml(std::string_view toml_text, const std::string& origin = "config");

// ParseConfigToml of a file's contents; std::runtime_error when the file cannot be read.
Config ReadConfigFile(const std::string& path);

// "HOST:PORT" into c.host and c.port; CLI::ValidationError when it is not that.
void ApplyListen(Config& c, const std::string& listen);

}  // namespace ejob::app
