package jp.yamaguchi.katsudo.home.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeSettingRepository extends JpaRepository<HomeSetting, Integer> {}
