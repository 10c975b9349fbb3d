#pragma once
// Captures what the site logs (spdlog's default logger) while it lives, at every level from info up: the access
// log included, whatever the site's configuration says. Create it after the site (the site sets the log level when
// it starts) and while no request is in flight; it puts the previous logger back when destroyed.
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ejob::testing {

class LogCapture {
  public:
    LogCapture() : previous_(spdlog::default_logger()), sink_(std::make_shared<Sink>()) {
        auto logger = std::make_shared<spdlog::logger>("captured", sink_);
        logger->set_pattern("%l %v");
        logger->set_level(spdlog::level::info);
        spdlog::set_default_logger(logger);
    }
    ~LogCapture() { spdlog::set_default_logger(previous_); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::vector<std::string> Lines() const { return sink_->Lines(); }
    // Every line, one after another.
    std::string Text() const {
        std::string out;
        for (const auto& line : Lines()) out += line;
        return out;
    }

  private:
    class Sink final : public spdlog::sinks::base_sink<std::mutex> {
      public:
        std::vector<std::string> Lines() {
            std::lock_guard lock(mutex_);
            return lines_;
        }

      protected:
        void sink_it_(const spdlog::details::log_msg& msg) override {
            spdlog::memory_buf_t formatted;
            formatter_->format(msg, formatted);
            lines_.emplace_back(formatted.data(), formatted.size());
        }
        void flush_() override {}

      private:
        std::vector<std::string> lines_;
    };

    std::shared_ptr<spdlog::logger> previous_;
    std::shared_ptr<Sink> sink_;
};

}  // namespace ejob::testing
